//! Input enumeration: from what the user named to a lazy, ordered
//! stream of [`Input`]s.
//!
//! Sources, in the order given:
//! - a file: one input (gzip-compressed pages are read as is);
//! - a folder: walked recursively in byte order of names, keeping files
//!   whose name (or path below the folder) matches the globs; symbolic
//!   links to files are followed, links to folders are not;
//! - a WARC file (`.warc`, `.warc.gz`, named or found in a folder): one
//!   input per HTML response record, `path` = `FILE#N` (N-th record of
//!   the file, from 1), `url` = `WARC-Target-URI`;
//! - a list of paths (`--files-from`), newline- or NUL-separated, each
//!   entry treated like a named path;
//! - JSON lines (`--jsonl-in`): one input per non-blank line, `path` =
//!   `FILE#N` (N-th line, from 1; `null` on stdin);
//! - stdin (`-`): one input.
//!
//! Nothing is read ahead: a folder is listed one directory at a time, a
//! WARC file one record at a time, a list one entry at a time. An entry
//! that cannot be read (an unreadable folder, a broken record) becomes
//! an input of `Content::Failed`, so it still gets its one line.

use std::collections::VecDeque;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use globset::{GlobBuilder, GlobSet, GlobSetBuilder};

use super::{Content, Input, Origin, jsonl, outdir};
use crate::error::{Error, ErrorKind};
use crate::warc;

/// The globs used for folders when none are given.
pub const DEFAULT_GLOBS: &[&str] = &[
    "*.html",
    "*.htm",
    "*.xhtml",
    "*.html.gz",
    "*.htm.gz",
    "*.warc",
    "*.warc.gz",
];

/// Longest entry of a `--files-from` list, in bytes.
const MAX_LIST_ENTRY_BYTES: usize = 64 * 1024;

/// Something the user named.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Spec {
    /// A file, folder or WARC file.
    Path(PathBuf),
    /// One page on standard input.
    Stdin,
    /// A list of paths in a file, or on stdin with `None`.
    FilesFrom {
        /// The list file; `None` for stdin.
        list: Option<PathBuf>,
        /// Entries end with NUL instead of newline.
        nul: bool,
    },
    /// JSON lines in a file, or on stdin with `None`.
    Jsonl(Option<PathBuf>),
}

impl Spec {
    /// Whether this spec can give more than one input.
    pub fn is_multi(&self) -> bool {
        match self {
            Spec::Stdin => false,
            Spec::Path(p) => {
                p.is_dir() || warc::is_warc_name(&p.to_string_lossy())
            }
            Spec::FilesFrom { .. } | Spec::Jsonl(_) => true,
        }
    }
}

/// Compiles folder globs (case-insensitive); [`DEFAULT_GLOBS`] when
/// `globs` is empty.
pub fn glob_set(globs: &[String]) -> Result<GlobSet, globset::Error> {
    let mut builder = GlobSetBuilder::new();
    let defaults: Vec<String> =
        DEFAULT_GLOBS.iter().map(|g| g.to_string()).collect();
    let globs = if globs.is_empty() { &defaults[..] } else { globs };
    for g in globs {
        builder.add(
            GlobBuilder::new(g)
                .case_insensitive(true)
                .literal_separator(true)
                .build()?,
        );
    }
    builder.build()
}

/// One open source being read.
enum Source {
    Walk { root: PathBuf, iter: walkdir::IntoIter },
    Warc { path: String, pages: warc::HtmlPages<Box<dyn BufRead + Send>> },
    Jsonl { path: Option<String>, reader: Box<dyn BufRead + Send>, line: u64 },
    List { reader: Box<dyn BufRead + Send>, nul: bool },
}

/// The lazy stream of inputs; see the module doc.
pub struct Inputs {
    pending: VecDeque<Spec>,
    stack: Vec<Source>,
    globs: GlobSet,
    max_bytes: u64,
    /// Read WARC files record by record (false: one input each).
    warc_records: bool,
}

impl Inputs {
    /// Enumerates the inputs of `specs`, in order. `max_bytes` bounds
    /// each WARC page and JSON line read here.
    pub fn new(specs: Vec<Spec>, globs: GlobSet, max_bytes: u64) -> Inputs {
        Inputs {
            pending: specs.into(),
            stack: Vec::new(),
            globs,
            max_bytes,
            warc_records: true,
        }
    }

    /// Gives a WARC file as one input without opening it: a cheap
    /// count of inputs for a progress bar.
    pub fn without_warc_records(mut self) -> Inputs {
        self.warc_records = false;
        self
    }

    /// Starts a spec: returns an input or pushes a source.
    fn start(&mut self, spec: Spec) -> Option<Input> {
        match spec {
            Spec::Path(p) => self.open_path(p, true),
            Spec::Stdin => Some(Input {
                origin: origin(None, PathBuf::from("stdin.json")),
                content: Content::Stdin,
            }),
            Spec::FilesFrom { list, nul } => {
                match open_reader(list.as_deref()) {
                    Ok(reader) => {
                        self.stack.push(Source::List { reader, nul });
                        None
                    }
                    Err(e) => Some(failed_path(list.as_deref(), e)),
                }
            }
            Spec::Jsonl(file) => match open_reader(file.as_deref()) {
                Ok(reader) => {
                    let path = file.map(|p| p.to_string_lossy().into_owned());
                    self.stack.push(Source::Jsonl { path, reader, line: 0 });
                    None
                }
                Err(e) => Some(failed_path(file.as_deref(), e)),
            },
        }
    }

    /// A named path (`named`) or one found in a folder: a file input, a
    /// WARC source or a folder walk.
    fn open_path(&mut self, path: PathBuf, named: bool) -> Option<Input> {
        let display = path.to_string_lossy().into_owned();
        if named && path.is_dir() {
            let iter = walkdir::WalkDir::new(&path)
                .min_depth(1)
                .follow_links(false)
                .sort_by_file_name()
                .into_iter();
            self.stack.push(Source::Walk { root: path, iter });
            return None;
        }
        if self.warc_records && warc::is_warc_name(&display) {
            return match warc::open(&path) {
                Ok(reader) => {
                    let pages = warc::HtmlPages::new(reader, self.max_bytes);
                    self.stack.push(Source::Warc { path: display, pages });
                    None
                }
                Err(e) => Some(failed_path(Some(&path), e.into())),
            };
        }
        Some(Input {
            origin: origin(
                Some(display.clone()),
                outdir::file_name_for(&display),
            ),
            content: Content::File(path),
        })
    }

    /// Pulls from the source on top of the stack: `Ok(Some)` an input,
    /// `Ok(None)` nothing yet (call again), `Err(())` exhausted.
    fn step(&mut self) -> Result<Option<Input>, ()> {
        let max_line = self.max_bytes.saturating_mul(4).saturating_add(4096);
        let Some(top) = self.stack.last_mut() else { return Err(()) };
        match top {
            Source::Walk { root, iter } => {
                let entry = match iter.next() {
                    None => return Err(()),
                    Some(Ok(entry)) => entry,
                    Some(Err(e)) => {
                        let path = e.path().unwrap_or(root).to_path_buf();
                        let error = Error::from(std::io::Error::from(e));
                        return Ok(Some(failed_path(Some(&path), error)));
                    }
                };
                let is_file = entry.file_type().is_file()
                    || (entry.path_is_symlink() && entry.path().is_file());
                let name = entry.file_name().to_string_lossy();
                let rel =
                    entry.path().strip_prefix(&*root).unwrap_or(entry.path());
                if !is_file
                    || !(self.globs.is_match(&*name)
                        || self.globs.is_match(rel))
                {
                    return Ok(None);
                }
                let path = entry.into_path();
                Ok(self.open_path(path, false))
            }
            Source::Warc { path, pages } => match pages.next() {
                None => Err(()),
                Some(Ok(page)) => {
                    let out = outdir::record_name_for(
                        Some(path),
                        page.record,
                        page.url.as_deref(),
                    );
                    let mut o =
                        origin(Some(format!("{path}#{}", page.record)), out);
                    o.url = page.url;
                    Ok(Some(Input {
                        origin: o,
                        content: Content::Bytes(page.body),
                    }))
                }
                Some(Err(e)) => {
                    let out = outdir::record_name_for(
                        Some(path),
                        e.record,
                        e.url.as_deref(),
                    );
                    let mut o =
                        origin(Some(format!("{path}#{}", e.record)), out);
                    o.url = e.url;
                    Ok(Some(Input {
                        origin: o,
                        content: Content::Failed(e.error),
                    }))
                }
            },
            Source::Jsonl { path, reader, line } => {
                let mut buf = Vec::new();
                let read = read_bounded(reader, b'\n', max_line, &mut buf);
                *line += 1;
                let number = *line;
                let shown = path.as_ref().map(|p| format!("{p}#{number}"));
                match read {
                    Ok(0) => Err(()),
                    Ok(_) => {
                        if buf.iter().all(u8::is_ascii_whitespace) {
                            return Ok(None);
                        }
                        let l = jsonl::parse_line(&buf);
                        let key = l.id_key().or_else(|| l.url.clone());
                        let out = outdir::record_name_for(
                            path.as_deref(),
                            number,
                            key.as_deref(),
                        );
                        let mut o = origin(shown, out);
                        o.id = l.id.clone();
                        o.url = l.url.clone();
                        let content = match l.into_page() {
                            Ok(bytes) => Content::Bytes(bytes),
                            Err(e) => Content::Failed(e),
                        };
                        Ok(Some(Input { origin: o, content }))
                    }
                    Err(Overlong::Io(e)) => {
                        let out = outdir::record_name_for(
                            path.as_deref(),
                            number,
                            None,
                        );
                        let input = Input {
                            origin: origin(shown, out),
                            content: Content::Failed(e.into()),
                        };
                        // A read error on the stream ends it.
                        self.stack.pop();
                        Ok(Some(input))
                    }
                    Err(Overlong::Line(size)) => {
                        let out = outdir::record_name_for(
                            path.as_deref(),
                            number,
                            None,
                        );
                        let error = Error::new(ErrorKind::TooLarge {
                            size,
                            max: max_line,
                        });
                        Ok(Some(Input {
                            origin: origin(shown, out),
                            content: Content::Failed(error),
                        }))
                    }
                }
            }
            Source::List { reader, nul } => {
                let sep = if *nul { 0 } else { b'\n' };
                let mut buf = Vec::new();
                match read_bounded(
                    reader,
                    sep,
                    MAX_LIST_ENTRY_BYTES as u64,
                    &mut buf,
                ) {
                    Ok(0) => Err(()),
                    Ok(_) => {
                        let entry = trim_entry(&buf, *nul);
                        if entry.is_empty() {
                            return Ok(None);
                        }
                        let path = path_from_bytes(entry);
                        Ok(self.open_path(path, true))
                    }
                    Err(Overlong::Io(e)) => {
                        self.stack.pop();
                        Ok(Some(failed_path(None, e.into())))
                    }
                    Err(Overlong::Line(_)) => Ok(Some(failed_path(
                        None,
                        Error::new(ErrorKind::BadInput {
                            reason: format!(
                                "a --files-from entry is over {MAX_LIST_ENTRY_BYTES} bytes"
                            ),
                        }),
                    ))),
                }
            }
        }
    }
}

impl Iterator for Inputs {
    type Item = Input;

    fn next(&mut self) -> Option<Input> {
        loop {
            if self.stack.is_empty() {
                let spec = self.pending.pop_front()?;
                if let Some(input) = self.start(spec) {
                    return Some(input);
                }
                continue;
            }
            match self.step() {
                Ok(Some(input)) => return Some(input),
                Ok(None) => {}
                Err(()) => {
                    self.stack.pop();
                }
            }
        }
    }
}

fn origin(path: Option<String>, out_name: PathBuf) -> Origin {
    Origin { path, url: None, id: None, out_name }
}

/// An input that failed before parsing, named after a path.
fn failed_path(path: Option<&Path>, error: Error) -> Input {
    let display = path.map(|p| p.to_string_lossy().into_owned());
    let out = outdir::file_name_for(display.as_deref().unwrap_or("stdin"));
    Input { origin: origin(display, out), content: Content::Failed(error) }
}

/// A list or JSON-lines file, or stdin (not locked: the stream of
/// inputs is read on a thread of its own, see `ordered`).
fn open_reader(path: Option<&Path>) -> Result<Box<dyn BufRead + Send>, Error> {
    Ok(match path {
        Some(p) => Box::new(BufReader::with_capacity(
            64 * 1024,
            std::fs::File::open(p)?,
        )),
        None => {
            Box::new(BufReader::with_capacity(64 * 1024, std::io::stdin()))
        }
    })
}

/// Why a bounded read failed.
enum Overlong {
    Io(std::io::Error),
    /// The record was longer than allowed (its size so far); the rest
    /// of it was skipped.
    Line(u64),
}

/// Reads up to and including `sep` into `buf`, at most `max` bytes;
/// an overlong record is skipped to its separator.
fn read_bounded(
    r: &mut Box<dyn BufRead + Send>,
    sep: u8,
    max: u64,
    buf: &mut Vec<u8>,
) -> Result<usize, Overlong> {
    let n = r
        .take(max.saturating_add(1))
        .read_until(sep, buf)
        .map_err(Overlong::Io)?;
    if n as u64 <= max {
        return Ok(n);
    }
    if buf.last() == Some(&sep) {
        return Err(Overlong::Line(n as u64));
    }
    let mut size = n as u64;
    loop {
        let mut sink = Vec::new();
        let m = r
            .take(64 * 1024)
            .read_until(sep, &mut sink)
            .map_err(Overlong::Io)?;
        size += m as u64;
        if m == 0 || sink.last() == Some(&sep) {
            buf.clear();
            return Err(Overlong::Line(size));
        }
    }
}

/// An entry of a list without its separator (and `\r`).
fn trim_entry(buf: &[u8], nul: bool) -> &[u8] {
    if nul {
        return buf.strip_suffix(b"\0").unwrap_or(buf);
    }
    let b = buf.strip_suffix(b"\n").unwrap_or(buf);
    b.strip_suffix(b"\r").unwrap_or(b)
}

#[cfg(unix)]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    use std::os::unix::ffi::OsStrExt;
    PathBuf::from(std::ffi::OsStr::from_bytes(bytes))
}

#[cfg(not(unix))]
fn path_from_bytes(bytes: &[u8]) -> PathBuf {
    PathBuf::from(String::from_utf8_lossy(bytes).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn temp(name: &str) -> PathBuf {
        let dir = std::env::temp_dir()
            .join(format!("depeche-inputs-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        dir
    }

    fn paths(specs: Vec<Spec>, globs: &[String]) -> Vec<Option<String>> {
        Inputs::new(specs, glob_set(globs).unwrap(), 1 << 20)
            .map(|i| i.origin.path)
            .collect()
    }

    #[test]
    fn inputs_walk_folder_sorted_with_globs() {
        let dir = temp("walk");
        std::fs::create_dir_all(dir.join("b")).unwrap();
        for f in ["b/z.html", "a.html", "c.txt", "b/y.htm"] {
            std::fs::write(dir.join(f), "<p>x</p>").unwrap();
        }
        let got = paths(vec![Spec::Path(dir.clone())], &[]);
        let d = dir.to_string_lossy();
        assert_eq!(
            got,
            vec![
                Some(format!("{d}/a.html")),
                Some(format!("{d}/b/y.htm")),
                Some(format!("{d}/b/z.html"))
            ]
        );
        let got = paths(vec![Spec::Path(dir.clone())], &["*.txt".to_string()]);
        assert_eq!(got, vec![Some(format!("{d}/c.txt"))]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn inputs_files_from_nul_list() {
        let dir = temp("list");
        let list = dir.join("list");
        std::fs::write(&list, b"x y.html\0\0b.html\0").unwrap();
        let got =
            paths(vec![Spec::FilesFrom { list: Some(list), nul: true }], &[]);
        assert_eq!(got, vec![Some("x y.html".into()), Some("b.html".into())]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn inputs_jsonl_numbers_lines_and_skips_blank() {
        let dir = temp("jsonl");
        let f = dir.join("in.jsonl");
        std::fs::write(&f, "{\"id\":1,\"html\":\"<p>a</p>\"}\n\n{bad\n")
            .unwrap();
        let inputs: Vec<Input> = Inputs::new(
            vec![Spec::Jsonl(Some(f.clone()))],
            glob_set(&[]).unwrap(),
            1 << 20,
        )
        .collect();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(inputs.len(), 2);
        let p = f.to_string_lossy();
        assert_eq!(inputs[0].origin.path, Some(format!("{p}#1")));
        assert_eq!(inputs[0].origin.id, Some(serde_json::json!(1)));
        assert_eq!(inputs[1].origin.path, Some(format!("{p}#3")));
        assert!(matches!(inputs[1].content, Content::Failed(_)));
    }

    #[test]
    fn inputs_overlong_jsonl_line_is_too_large_and_stream_goes_on() {
        let dir = temp("long");
        let f = dir.join("in.jsonl");
        let long = format!("{{\"html\":\"{}\"}}\n", "x".repeat(10_000));
        std::fs::write(&f, format!("{long}{{\"html\":\"<p>b</p>\"}}\n"))
            .unwrap();
        let inputs: Vec<Input> = Inputs::new(
            vec![Spec::Jsonl(Some(f))],
            glob_set(&[]).unwrap(),
            100,
        )
        .collect();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(inputs.len(), 2);
        match &inputs[0].content {
            Content::Failed(e) => assert_eq!(e.kind_str(), "too_large"),
            other => panic!("{other:?}"),
        }
        assert!(matches!(inputs[1].content, Content::Bytes(_)));
    }

    #[test]
    fn inputs_missing_path_is_still_one_input() {
        let got = paths(vec![Spec::Path("no/such.html".into())], &[]);
        assert_eq!(got, vec![Some("no/such.html".into())]);
    }
}
