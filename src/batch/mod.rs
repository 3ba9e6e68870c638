//! Batch processing: many inputs in, one result per input out, in
//! input order.
//!
//! - [`inputs`] turns what the user named (files, folders, lists of
//!   paths, WARC files, JSON lines) into a lazy stream of [`Input`]s.
//! - [`process`] reads and parses one input, a panic included, into a
//!   [`Rendered`] result: its JSON line and what the summary needs.
//! - [`ordered`] runs that over a thread pool and hands results back
//!   in input order through a bounded reorder window.
//! - [`outdir`] names and atomically writes one `.json` per input.
//! - [`jsonl`] reads `--jsonl-in` lines.
//!
//! Nothing here prints: the binary decides what people see.

pub mod inputs;
pub mod jsonl;
pub mod ordered;
pub mod outdir;

use std::io::{BufRead, BufReader, Read};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

use crate::error::{Error, ErrorKind, Result};
use crate::{Options, output};

/// Where an input came from: the `source` identity of its line.
#[derive(Debug, Clone, PartialEq)]
pub struct Origin {
    /// `source.path`: the file path as named or found, `FILE#N` for the
    /// N-th record of a WARC file or line of a JSON-lines file; `None`
    /// for stdin.
    pub path: Option<String>,
    /// `source.url`: a WARC record's target URI or a JSON line's `url`.
    pub url: Option<String>,
    /// `source.id`: a JSON line's `id`.
    pub id: Option<serde_json::Value>,
    /// The output file for `--out-dir`, relative to that folder; made
    /// by [`outdir`], so it never climbs out of it.
    pub out_name: PathBuf,
}

/// What an input holds.
#[derive(Debug)]
pub enum Content {
    /// A file to read (gzip-compressed or not), read by the worker.
    File(PathBuf),
    /// Standard input, read by the worker.
    Stdin,
    /// Bytes already read (a WARC record, a JSON line).
    Bytes(Vec<u8>),
    /// An input that failed before it could be parsed.
    Failed(Error),
}

/// One unit of work of a batch.
#[derive(Debug)]
pub struct Input {
    /// Its identity.
    pub origin: Origin,
    /// Its bytes, or how to get them.
    pub content: Content,
}

/// How one input ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// A document, with at least one section.
    Parsed,
    /// A document with an empty body (SPEC: still a document).
    EmptyBody,
    /// An error line.
    Failed,
}

/// The result of one input, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// The input's identity.
    pub origin: Origin,
    /// The document or error line, without a trailing newline.
    pub json: String,
    /// How it ended.
    pub status: Status,
    /// For a failure, a one-line message for people.
    pub message: Option<String>,
}

/// Reads, parses and renders one input. Never panics: a panic inside
/// the parser becomes an error line of kind `internal`.
pub fn process(input: Input, opts: &Options, pretty: bool) -> Rendered {
    let origin = input.origin.clone();
    let result = catch_unwind(AssertUnwindSafe(|| parse_input(input, opts)));
    let result = match result {
        Ok(r) => r,
        Err(payload) => Err(Error::new(ErrorKind::Internal {
            message: panic_message(payload.as_ref()),
        })),
    };
    render(origin, result, pretty)
}

/// Renders a parse result with its origin filled in.
fn render(
    origin: Origin,
    result: Result<crate::Article>,
    pretty: bool,
) -> Rendered {
    match result {
        Ok(mut article) => {
            article.source.path = origin.path.clone();
            article.source.url = origin.url.clone();
            article.source.id = origin.id.clone();
            let status = if article.sections.is_empty() {
                Status::EmptyBody
            } else {
                Status::Parsed
            };
            let json = output::to_json(&article, pretty);
            Rendered { origin, json, status, message: None }
        }
        Err(e) => failed(origin, &e),
    }
}

/// The error line of an input that failed.
pub fn failed(origin: Origin, error: &Error) -> Rendered {
    let json = output::error_line_with_id(
        origin.path.as_deref(),
        origin.url.as_deref(),
        origin.id.as_ref(),
        error.kind_str(),
        &error.to_string(),
    );
    Rendered {
        origin,
        json,
        status: Status::Failed,
        message: Some(error.to_string()),
    }
}

fn parse_input(input: Input, opts: &Options) -> Result<crate::Article> {
    let bytes = match input.content {
        Content::File(path) => read_page(Some(&path), opts.max_bytes)?,
        Content::Stdin => read_page(None, opts.max_bytes)?,
        Content::Bytes(b) => b,
        Content::Failed(e) => return Err(e),
    };
    crate::try_parse(&bytes, opts)
}

/// Reads a page from a file (or stdin with `None`), gunzipping it when
/// it starts with the gzip magic bytes (`page.html.gz`). Stops one byte
/// past `max` so a huge input is refused without being loaded whole.
pub fn read_page(path: Option<&Path>, max: u64) -> Result<Vec<u8>> {
    let reader: Box<dyn Read> = match path {
        Some(p) => Box::new(std::fs::File::open(p)?),
        None => Box::new(std::io::stdin().lock()),
    };
    let mut reader = BufReader::with_capacity(64 * 1024, reader);
    let gzipped = reader.fill_buf()?.starts_with(&[0x1F, 0x8B]);
    let mut bytes = Vec::new();
    if gzipped {
        flate2::bufread::MultiGzDecoder::new(reader)
            .take(max.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|e| {
                Error::new(ErrorKind::BadInput {
                    reason: format!("the gzip stream is corrupt: {e}"),
                })
            })?;
    } else {
        reader.take(max.saturating_add(1)).read_to_end(&mut bytes)?;
    }
    Ok(bytes)
}

/// The message of a caught panic.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    if let Some(s) = payload.downcast_ref::<&str>() {
        (*s).to_string()
    } else if let Some(s) = payload.downcast_ref::<String>() {
        s.clone()
    } else {
        "a panic without a message".to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin(path: &str) -> Origin {
        Origin {
            path: Some(path.to_string()),
            url: None,
            id: None,
            out_name: PathBuf::from("x.json"),
        }
    }

    #[test]
    fn process_fills_source_identity() {
        let mut o = origin("a.warc#2");
        o.url = Some("https://ex.fr/a".to_string());
        o.id = Some(serde_json::json!(7));
        let input = Input {
            origin: o,
            content: Content::Bytes(
                b"<article><h1>Titre</h1><p>Un texte.</p></article>".to_vec(),
            ),
        };
        let r = process(input, &Options::default(), false);
        let doc: serde_json::Value = serde_json::from_str(&r.json).unwrap();
        assert_eq!(doc["source"]["path"], "a.warc#2");
        assert_eq!(doc["source"]["url"], "https://ex.fr/a");
        assert_eq!(doc["source"]["id"], 7);
        assert_eq!(r.status, Status::Parsed);
    }

    #[test]
    fn process_failed_input_gives_error_line_with_id() {
        let mut o = origin("l.jsonl#3");
        o.id = Some(serde_json::json!("k"));
        let input = Input { origin: o, content: Content::Bytes(Vec::new()) };
        let r = process(input, &Options::default(), false);
        assert_eq!(r.status, Status::Failed);
        assert_eq!(
            r.json,
            r#"{"schema_version":1,"source":{"path":"l.jsonl#3","id":"k"},"error":{"kind":"empty","message":"the input is empty"}}"#
        );
    }

    #[test]
    fn read_page_gunzips() {
        use std::io::Write;
        let dir = std::env::temp_dir()
            .join(format!("depeche-read-page-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("p.html.gz");
        let mut e = flate2::write::GzEncoder::new(
            Vec::new(),
            flate2::Compression::fast(),
        );
        e.write_all(b"<p>hello</p>").unwrap();
        std::fs::write(&path, e.finish().unwrap()).unwrap();
        let got = read_page(Some(&path), 100).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(got, b"<p>hello</p>");
    }

    #[test]
    fn panic_message_reads_str_and_string() {
        let p = catch_unwind(|| panic!("boom {}", 1)).unwrap_err();
        assert_eq!(panic_message(p.as_ref()), "boom 1");
    }
}
