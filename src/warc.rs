//! A small streaming WARC reader: the HTML pages of a web archive.
//!
//! Input: any `BufRead` over a WARC file (`.warc`) or, through
//! [`open`], a file that may be gzip-compressed (`.warc.gz`, one gzip
//! member per record as written by `wget --warc-file` and Common
//! Crawl; a single member holding every record works too). Output:
//! [`HtmlPages`], an iterator of the HTML responses of the archive,
//! each with its record number, target URI and HTTP payload (HTTP
//! headers stripped, chunked transfer coding and gzip/deflate content
//! coding undone).
//!
//! Memory is bounded: a record header is at most 64 KiB, and a record
//! body is read only when it is an HTML response no larger than the
//! caller's limit; every other body is skipped as a stream. A record
//! that cannot be read becomes an `Err` item; when the archive itself
//! is broken (a bad header, a truncated body, a corrupt gzip stream)
//! that error is the last item.
//!
//! The `warc` crate was not used: it reads each body whole (line by
//! line) before checking its length, has no per-record limit, and ends
//! the iteration on any error; this reader needs none of its nom and
//! libflate dependencies either.
//!
//! This module must not parse HTML: it only finds the bytes of pages.

use std::io::{self, BufRead, BufReader, Read};
use std::path::Path;

use crate::error::{Error, ErrorKind, Result};

/// Longest WARC record header accepted, in bytes.
const MAX_HEADER_BYTES: usize = 64 * 1024;

/// Longest HTTP response header accepted inside a record, in bytes.
const MAX_HTTP_HEADER_BYTES: usize = 64 * 1024;

/// Whether a file name looks like a WARC file (`.warc`, `.warc.gz`).
pub fn is_warc_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    lower.ends_with(".warc") || lower.ends_with(".warc.gz")
}

/// Opens a WARC file, gunzipping it when it starts with the gzip magic
/// bytes (whatever its name).
pub fn open(path: &Path) -> io::Result<Box<dyn BufRead + Send>> {
    let mut file =
        BufReader::with_capacity(64 * 1024, std::fs::File::open(path)?);
    let gzipped = file.fill_buf()?.starts_with(&[0x1F, 0x8B]);
    Ok(if gzipped {
        Box::new(BufReader::with_capacity(
            64 * 1024,
            flate2::bufread::MultiGzDecoder::new(file),
        ))
    } else {
        Box::new(file)
    })
}

/// The named fields of a WARC record header, in file order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecordHeader {
    /// The version line, e.g. `WARC/1.0`.
    pub version: String,
    /// `(name, value)` pairs as written.
    pub fields: Vec<(String, String)>,
    /// The `Content-Length` of the record block.
    pub content_length: u64,
}

impl RecordHeader {
    /// The first value of a field, by case-insensitive name.
    pub fn get(&self, name: &str) -> Option<&str> {
        self.fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v.as_str())
    }
}

/// A sequential reader of WARC records.
pub struct Reader<R> {
    inner: R,
    /// Records started so far (the number of the current one).
    records: u64,
    /// Set once the stream cannot be read any further.
    broken: bool,
}

impl<R: BufRead> Reader<R> {
    /// Reads records from a (decompressed) WARC stream.
    pub fn new(inner: R) -> Reader<R> {
        Reader { inner, records: 0, broken: false }
    }

    /// The 1-based number of the record last returned by
    /// [`Reader::next_header`] (0 before the first).
    pub fn record_number(&self) -> u64 {
        self.records
    }

    /// Reads the next record header, or `None` at the end of the
    /// stream. The caller must then call [`Reader::read_block`] or
    /// [`Reader::skip_block`] before asking for the next header.
    pub fn next_header(&mut self) -> Option<Result<RecordHeader>> {
        if self.broken {
            return None;
        }
        let result = self.read_header();
        match result {
            Ok(None) => None,
            Ok(Some(h)) => Some(Ok(h)),
            Err(e) => {
                self.broken = true;
                Some(Err(e))
            }
        }
    }

    fn read_header(&mut self) -> Result<Option<RecordHeader>> {
        // Skip the blank lines that end the previous record (and any
        // stray ones) up to the version line.
        let mut line = Vec::new();
        let version = loop {
            line.clear();
            let n = read_line_bounded(
                &mut self.inner,
                &mut line,
                MAX_HEADER_BYTES,
            )?;
            if n == 0 {
                return Ok(None);
            }
            let text = trim_eol(&line);
            if !text.is_empty() {
                break String::from_utf8_lossy(text).into_owned();
            }
        };
        self.records += 1;
        if !version.starts_with("WARC/") {
            return Err(bad(format!(
                "record {}: expected a `WARC/1.x` version line, found {:?}",
                self.records,
                truncate(&version, 40)
            )));
        }
        let mut fields = Vec::new();
        let mut total = version.len();
        loop {
            line.clear();
            let n = read_line_bounded(
                &mut self.inner,
                &mut line,
                MAX_HEADER_BYTES,
            )?;
            total += n;
            if n == 0 {
                return Err(bad(format!(
                    "record {}: the archive ends inside a record header",
                    self.records
                )));
            }
            if total > MAX_HEADER_BYTES {
                return Err(bad(format!(
                    "record {}: the record header is over {MAX_HEADER_BYTES} bytes",
                    self.records
                )));
            }
            let text = trim_eol(&line);
            if text.is_empty() {
                break;
            }
            let text = String::from_utf8_lossy(text);
            if text.starts_with([' ', '\t']) {
                // A continuation line (obsolete folding).
                if let Some((_, value)) = fields.last_mut() {
                    let value: &mut String = value;
                    value.push(' ');
                    value.push_str(text.trim());
                }
                continue;
            }
            if let Some((name, value)) = text.split_once(':') {
                fields
                    .push((name.trim().to_string(), value.trim().to_string()));
            }
        }
        let content_length = fields
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case("Content-Length"))
            .and_then(|(_, v)| v.parse::<u64>().ok())
            .ok_or_else(|| {
                bad(format!(
                    "record {}: no valid Content-Length in the record header",
                    self.records
                ))
            })?;
        Ok(Some(RecordHeader { version, fields, content_length }))
    }

    /// Reads a whole record block (at most `len` bytes).
    fn read_exact_block(
        &mut self,
        len: u64,
        into: &mut Vec<u8>,
    ) -> Result<()> {
        let got = (&mut self.inner).take(len).read_to_end(into);
        self.block_read(got.map(|n| n as u64), len)
    }

    /// Skips `len` bytes of the current block without keeping them.
    fn skip_bytes(&mut self, len: u64) -> Result<()> {
        let got = io::copy(&mut (&mut self.inner).take(len), &mut io::sink());
        self.block_read(got, len)
    }

    /// The outcome of reading `len` bytes of a block: a short read or an
    /// error marks the archive broken.
    fn block_read(&mut self, got: io::Result<u64>, len: u64) -> Result<()> {
        match got {
            Ok(n) if n == len => Ok(()),
            Ok(_) => {
                self.broken = true;
                Err(bad(format!(
                    "record {}: the archive ends inside a record block",
                    self.records
                )))
            }
            Err(e) => {
                self.broken = true;
                Err(e.into())
            }
        }
    }

    /// Reads the block of the record whose header was just returned.
    pub fn read_block(&mut self, header: &RecordHeader) -> Result<Vec<u8>> {
        let mut block = Vec::new();
        self.read_exact_block(header.content_length, &mut block)?;
        Ok(block)
    }

    /// Skips the block of the record whose header was just returned.
    pub fn skip_block(&mut self, header: &RecordHeader) -> Result<()> {
        self.skip_bytes(header.content_length)
    }
}

/// One HTML page found in a WARC file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// 1-based number of the record in the file (every record counts,
    /// `warcinfo` and `request` ones included).
    pub record: u64,
    /// The record's `WARC-Target-URI`, when present.
    pub url: Option<String>,
    /// The HTTP payload: the page bytes, headers and transfer coding
    /// removed.
    pub body: Vec<u8>,
    /// The `charset` parameter of the HTTP `Content-Type`, if any.
    /// (Not used by `parse` today: the page's own declaration and
    /// detection decide.)
    pub http_charset: Option<String>,
}

/// A record that should have been a page but could not be read.
#[derive(Debug)]
pub struct PageError {
    /// 1-based number of the record in the file.
    pub record: u64,
    /// The record's `WARC-Target-URI`, when known.
    pub url: Option<String>,
    /// What went wrong.
    pub error: Error,
}

/// The HTML pages of a WARC stream, in file order; see the module doc.
pub struct HtmlPages<R> {
    reader: Reader<R>,
    max_bytes: u64,
}

impl<R: BufRead> HtmlPages<R> {
    /// Iterates over the HTML response records of `inner`, refusing
    /// pages larger than `max_bytes` (each such page is an `Err` item
    /// of kind `too_large`; the archive goes on).
    pub fn new(inner: R, max_bytes: u64) -> HtmlPages<R> {
        HtmlPages { reader: Reader::new(inner), max_bytes }
    }

    /// Reads the rest of the current record, returning the page it
    /// holds if it is an HTML response.
    fn page_of(
        &mut self,
        header: &RecordHeader,
    ) -> std::result::Result<Option<Page>, Error> {
        let record = self.reader.record_number();
        if !is_candidate(header) {
            self.reader.skip_block(header)?;
            return Ok(None);
        }
        let is_resource = header
            .get("WARC-Type")
            .is_some_and(|t| t.eq_ignore_ascii_case("resource"));
        if is_resource {
            if header.content_length > self.max_bytes {
                self.reader.skip_block(header)?;
                return Err(too_large(header.content_length, self.max_bytes));
            }
            let body = self.reader.read_block(header)?;
            return Ok(Some(Page {
                record,
                url: header.get("WARC-Target-URI").map(clean_uri),
                body,
                http_charset: header.get("Content-Type").and_then(charset_of),
            }));
        }
        // An HTTP response: read its head, decide, then read or skip.
        let mut block = Vec::new();
        let head_limit =
            header.content_length.min(MAX_HTTP_HEADER_BYTES as u64);
        self.reader.read_exact_block(head_limit, &mut block)?;
        let rest = header.content_length - head_limit;
        let Some(head) = HttpHead::parse(&block) else {
            self.reader.skip_bytes(rest)?;
            return Err(bad(
                "the HTTP response header is malformed or too long"
                    .to_string(),
            ));
        };
        let html = head.is_html().unwrap_or_else(|| {
            header
                .get("WARC-Identified-Payload-Type")
                .is_some_and(is_html_type)
                || looks_like_html(block.get(head.len..).unwrap_or_default())
        });
        if !(200..300).contains(&head.status) || !html {
            self.reader.skip_bytes(rest)?;
            return Ok(None);
        }
        let payload_len = header.content_length - head.len as u64;
        if !head.chunked
            && head.content_encoding.is_none()
            && payload_len > self.max_bytes
        {
            self.reader.skip_bytes(rest)?;
            return Err(too_large(payload_len, self.max_bytes));
        }
        // A coded payload may expand: read at most a coded size of
        // twice the limit, then check the decoded size.
        if rest > self.max_bytes.saturating_mul(2) {
            self.reader.skip_bytes(rest)?;
            return Err(too_large(payload_len, self.max_bytes));
        }
        self.reader.read_exact_block(rest, &mut block)?;
        let raw = block.get(head.len..).unwrap_or_default();
        let body = decode_payload(raw, &head, self.max_bytes)?;
        Ok(Some(Page {
            record,
            url: header.get("WARC-Target-URI").map(clean_uri),
            body,
            http_charset: head.charset,
        }))
    }
}

impl<R: BufRead> Iterator for HtmlPages<R> {
    type Item = std::result::Result<Page, PageError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            let header = match self.reader.next_header()? {
                Ok(h) => h,
                Err(error) => {
                    return Some(Err(PageError {
                        record: self.reader.record_number(),
                        url: None,
                        error,
                    }));
                }
            };
            match self.page_of(&header) {
                Ok(Some(page)) => return Some(Ok(page)),
                Ok(None) => continue,
                Err(error) => {
                    return Some(Err(PageError {
                        record: self.reader.record_number(),
                        url: header.get("WARC-Target-URI").map(clean_uri),
                        error,
                    }));
                }
            }
        }
    }
}

/// Whether a record may hold a page: a `response` whose block is an
/// HTTP response message, or a `resource` whose block is HTML.
fn is_candidate(header: &RecordHeader) -> bool {
    let kind = header.get("WARC-Type").unwrap_or_default();
    let content_type = header.get("Content-Type").unwrap_or_default();
    if kind.eq_ignore_ascii_case("response") {
        let lower = content_type.to_ascii_lowercase();
        lower.starts_with("application/http")
            && !lower.contains("msgtype=request")
    } else if kind.eq_ignore_ascii_case("resource") {
        is_html_type(content_type)
    } else {
        false
    }
}

/// Whether a media type (parameters allowed) is HTML or XHTML.
fn is_html_type(content_type: &str) -> bool {
    let media = content_type.split(';').next().unwrap_or_default().trim();
    media.eq_ignore_ascii_case("text/html")
        || media.eq_ignore_ascii_case("application/xhtml+xml")
}

/// Whether the start of a payload looks like HTML (for responses
/// without a `Content-Type`).
fn looks_like_html(bytes: &[u8]) -> bool {
    let head = bytes.get(..512).unwrap_or(bytes);
    let text = String::from_utf8_lossy(head).to_ascii_lowercase();
    let text = text.trim_start_matches('\u{FEFF}').trim_start();
    text.starts_with("<!doctype html") || text.starts_with("<html")
}

/// The `charset` parameter of a `Content-Type` value.
fn charset_of(content_type: &str) -> Option<String> {
    content_type.split(';').skip(1).find_map(|param| {
        let (name, value) = param.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case("charset")
            .then(|| value.trim().trim_matches('"').to_string())
            .filter(|v| !v.is_empty())
    })
}

/// The target URI without the `<…>` some WARC 1.1 writers put around
/// it.
fn clean_uri(uri: &str) -> String {
    uri.trim().trim_start_matches('<').trim_end_matches('>').to_string()
}

/// What depeche needs from an HTTP response head.
#[derive(Debug, Clone, PartialEq, Eq)]
struct HttpHead {
    /// Length of the head, blank line included.
    len: usize,
    /// The status code (0 when unreadable).
    status: u16,
    /// `Content-Type`, if any.
    content_type: Option<String>,
    /// The `charset` of `Content-Type`, if any.
    charset: Option<String>,
    /// `Transfer-Encoding: chunked`.
    chunked: bool,
    /// `Content-Encoding` other than `identity`, lowercased.
    content_encoding: Option<String>,
}

impl HttpHead {
    /// Parses the head at the start of `block`, or `None` when no
    /// blank line ends it.
    fn parse(block: &[u8]) -> Option<HttpHead> {
        let end = find_head_end(block)?;
        let text = String::from_utf8_lossy(block.get(..end)?);
        let mut lines = text.lines();
        let status_line = lines.next()?;
        if !status_line.starts_with("HTTP/") {
            return None;
        }
        let status = status_line
            .split_whitespace()
            .nth(1)
            .and_then(|s| s.parse().ok())
            .unwrap_or(0);
        let mut head = HttpHead {
            len: end,
            status,
            content_type: None,
            charset: None,
            chunked: false,
            content_encoding: None,
        };
        for line in lines {
            let Some((name, value)) = line.split_once(':') else { continue };
            let (name, value) = (name.trim(), value.trim());
            if name.eq_ignore_ascii_case("Content-Type")
                && head.content_type.is_none()
            {
                head.charset = charset_of(value);
                head.content_type = Some(value.to_string());
            } else if name.eq_ignore_ascii_case("Transfer-Encoding") {
                head.chunked |= value.to_ascii_lowercase().contains("chunked");
            } else if name.eq_ignore_ascii_case("Content-Encoding") {
                let coding = value.to_ascii_lowercase();
                if coding != "identity" && !coding.is_empty() {
                    head.content_encoding = Some(coding);
                }
            }
        }
        Some(head)
    }

    /// Whether the declared content type is HTML; `None` when none is
    /// declared.
    fn is_html(&self) -> Option<bool> {
        self.content_type.as_deref().map(is_html_type)
    }
}

/// The offset just past the blank line ending an HTTP head.
fn find_head_end(block: &[u8]) -> Option<usize> {
    let crlf = block.windows(4).position(|w| w == b"\r\n\r\n").map(|i| i + 4);
    let lf = block.windows(2).position(|w| w == b"\n\n").map(|i| i + 2);
    match (crlf, lf) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// Undoes chunked transfer coding and gzip/deflate content coding,
/// refusing a decoded payload over `max` bytes.
fn decode_payload(raw: &[u8], head: &HttpHead, max: u64) -> Result<Vec<u8>> {
    let dechunked;
    let raw = if head.chunked {
        dechunked = dechunk(raw);
        &dechunked[..]
    } else {
        raw
    };
    let mut out = Vec::new();
    match head.content_encoding.as_deref() {
        None => out.extend_from_slice(raw),
        Some("gzip" | "x-gzip") => {
            flate2::read::MultiGzDecoder::new(raw)
                .take(max.saturating_add(1))
                .read_to_end(&mut out)
                .map_err(|e| {
                    bad(format!("the gzip content coding is corrupt: {e}"))
                })?;
        }
        Some("deflate") => {
            // Servers send zlib-wrapped or raw deflate: try both.
            let zlib = flate2::read::ZlibDecoder::new(raw)
                .take(max.saturating_add(1))
                .read_to_end(&mut out);
            if zlib.is_err() {
                out.clear();
                flate2::read::DeflateDecoder::new(raw)
                    .take(max.saturating_add(1))
                    .read_to_end(&mut out)
                    .map_err(|e| {
                        bad(format!(
                            "the deflate content coding is corrupt: {e}"
                        ))
                    })?;
            }
        }
        Some(other) => {
            return Err(bad(format!(
                "unsupported HTTP content coding `{other}`"
            )));
        }
    }
    if out.len() as u64 > max {
        return Err(too_large(out.len() as u64, max));
    }
    Ok(out)
}

/// Removes chunked transfer coding. Lenient: a malformed chunk size
/// ends the body there; a body that is not chunked after all (a
/// writer that already removed the coding but kept the header) is
/// returned as is.
fn dechunk(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut rest = raw;
    let mut chunks = 0usize;
    while let Some(eol) = rest.iter().position(|&b| b == b'\n') {
        let size_line =
            String::from_utf8_lossy(rest.get(..eol).unwrap_or_default());
        let size_text = size_line.split(';').next().unwrap_or_default().trim();
        let Ok(size) = usize::from_str_radix(size_text, 16) else {
            break;
        };
        chunks += 1;
        rest = rest.get(eol + 1..).unwrap_or_default();
        if size == 0 {
            break;
        }
        let take = size.min(rest.len());
        out.extend_from_slice(rest.get(..take).unwrap_or_default());
        rest = rest.get(take..).unwrap_or_default();
        rest = rest
            .strip_prefix(b"\r\n")
            .or_else(|| rest.strip_prefix(b"\n"))
            .unwrap_or(rest);
    }
    if chunks == 0 { raw.to_vec() } else { out }
}

/// Reads one line (up to and including `\n`) into `buf`, refusing a
/// line longer than `max`. Returns the bytes read (0 at the end).
fn read_line_bounded<R: BufRead>(
    r: &mut R,
    buf: &mut Vec<u8>,
    max: usize,
) -> Result<usize> {
    let n = r.take((max as u64).saturating_add(1)).read_until(b'\n', buf)?;
    if n > max {
        return Err(bad(format!("a WARC header line is over {max} bytes")));
    }
    Ok(n)
}

fn trim_eol(line: &[u8]) -> &[u8] {
    let line = line.strip_suffix(b"\n").unwrap_or(line);
    line.strip_suffix(b"\r").unwrap_or(line)
}

fn truncate(s: &str, max: usize) -> String {
    s.chars().take(max).collect()
}

fn bad(reason: String) -> Error {
    Error::new(ErrorKind::BadInput { reason })
}

fn too_large(size: u64, max: u64) -> Error {
    Error::new(ErrorKind::TooLarge { size, max })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(
        kind: &str,
        content_type: &str,
        uri: &str,
        block: &[u8],
    ) -> Vec<u8> {
        let mut r = format!(
            "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Target-URI: {uri}\r\n\
             Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
            block.len()
        )
        .into_bytes();
        r.extend_from_slice(block);
        r.extend_from_slice(b"\r\n\r\n");
        r
    }

    fn response(uri: &str, ctype: &str, body: &str) -> Vec<u8> {
        let http =
            format!("HTTP/1.1 200 OK\r\nContent-Type: {ctype}\r\n\r\n{body}");
        record(
            "response",
            "application/http; msgtype=response",
            uri,
            http.as_bytes(),
        )
    }

    fn pages(bytes: &[u8]) -> Vec<std::result::Result<Page, PageError>> {
        HtmlPages::new(bytes, 1 << 20).collect()
    }

    #[test]
    fn html_pages_keeps_html_responses_only() {
        let mut warc = record(
            "warcinfo",
            "application/warc-fields",
            "",
            b"software: x\r\n",
        );
        warc.extend(record(
            "request",
            "application/http; msgtype=request",
            "http://a/",
            b"GET / HTTP/1.1\r\n\r\n",
        ));
        warc.extend(response(
            "http://a/",
            "text/html; charset=UTF-8",
            "<p>a</p>",
        ));
        warc.extend(response("http://a/x.css", "text/css", "p{}"));
        warc.extend(response("http://b/", "text/html", "<p>b</p>"));
        let got = pages(&warc);
        assert_eq!(got.len(), 2);
        let a = got[0].as_ref().unwrap();
        assert_eq!((a.record, a.url.as_deref()), (3, Some("http://a/")));
        assert_eq!(a.body, b"<p>a</p>");
        assert_eq!(a.http_charset.as_deref(), Some("UTF-8"));
        assert_eq!(got[1].as_ref().unwrap().record, 5);
    }

    #[test]
    fn html_pages_reads_multi_member_gzip() {
        use std::io::Write;
        let mut gz = Vec::new();
        for r in [
            response("http://a/", "text/html", "<p>a</p>"),
            response("http://b/", "text/html", "<p>b</p>"),
        ] {
            let mut e = flate2::write::GzEncoder::new(
                Vec::new(),
                flate2::Compression::fast(),
            );
            e.write_all(&r).unwrap();
            gz.extend(e.finish().unwrap());
        }
        let dir = std::env::temp_dir()
            .join(format!("depeche-warc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("t.warc.gz");
        std::fs::write(&path, gz).unwrap();
        let got: Vec<_> =
            HtmlPages::new(open(&path).unwrap(), 1 << 20).collect();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].as_ref().unwrap().body, b"<p>b</p>");
    }

    #[test]
    fn html_pages_dechunks_and_skips_redirects() {
        let http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n4\r\n<p>a\r\n5\r\nbc</p\r\n1\r\n>\r\n0\r\n\r\n";
        let mut warc = record(
            "response",
            "application/http;msgtype=response",
            "http://a/",
            http,
        );
        let redirect = b"HTTP/1.1 301 Moved\r\nContent-Type: text/html\r\nLocation: /x\r\n\r\n<a>moved</a>";
        warc.extend(record(
            "response",
            "application/http;msgtype=response",
            "http://r/",
            redirect,
        ));
        let got = pages(&warc);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].as_ref().unwrap().body, b"<p>abc</p>");
    }

    #[test]
    fn html_pages_refuses_large_page_and_goes_on() {
        let mut warc = response("http://big/", "text/html", &"x".repeat(5000));
        warc.extend(response("http://small/", "text/html", "<p>s</p>"));
        let got: Vec<_> = HtmlPages::new(&warc[..], 1000).collect();
        assert_eq!(got.len(), 2);
        let e = got[0].as_ref().unwrap_err();
        assert_eq!(e.error.kind_str(), "too_large");
        assert_eq!(e.url.as_deref(), Some("http://big/"));
        assert!(got[1].is_ok());
    }

    #[test]
    fn html_pages_stops_on_truncated_archive() {
        let mut warc = response("http://a/", "text/html", "<p>a</p>");
        let second = response("http://b/", "text/html", "<p>bbbbbbbb</p>");
        warc.extend_from_slice(&second[..second.len() - 12]);
        let got = pages(&warc);
        assert_eq!(got.len(), 2);
        assert!(got[0].is_ok());
        assert_eq!(got[1].as_ref().unwrap_err().error.kind_str(), "bad_input");
    }

    #[test]
    fn html_pages_rejects_garbage_with_one_error() {
        let got = pages(b"this is not a warc file\n");
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].as_ref().unwrap_err().record, 1);
    }

    #[test]
    fn dechunk_passes_unchunked_body_through() {
        assert_eq!(dechunk(b"<p>not chunked</p>"), b"<p>not chunked</p>");
    }

    #[test]
    fn charset_of_reads_quoted_parameter() {
        assert_eq!(
            charset_of("text/html; charset=\"iso-8859-1\"").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(charset_of("text/html"), None);
    }

    #[test]
    fn is_warc_name_knows_extensions() {
        assert!(is_warc_name("crawl.WARC.gz"));
        assert!(is_warc_name("a.warc"));
        assert!(!is_warc_name("a.html.gz"));
    }
}
