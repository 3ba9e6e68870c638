//! `depeche check`: compare pages with their golden documents, field by
//! field, for CI.
//!
//! Input: a fixture folder. Two layouts are recognised, at any depth:
//! `NAME/source.html` with `NAME/expected.json` (the repository's
//! `fixtures/` layout), and `X.html` (or `.htm`) with `X.json` beside
//! it. Output: for each page, whether its document equals the golden,
//! and if not the differing fields as JSON paths
//! (`sections[2].paragraphs[0]`) with the expected and the new value.
//! Values are compared as JSON, so key order and indentation do not
//! matter. Fields can be ignored by path (`source.path`,
//! `sections[*].heading`, `metadata`).
//!
//! This module does not print or write: the binary reports and blesses.

use std::fmt;
use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::Options;

/// Longest value shown in a difference, in characters.
const MAX_SHOWN_CHARS: usize = 240;

/// A page and its golden document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Case {
    /// The page.
    pub source: PathBuf,
    /// Its golden JSON (which may not exist yet).
    pub golden: PathBuf,
}

/// Finds the cases under `dir`, in byte order of paths.
pub fn find_cases(dir: &Path) -> std::io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    for entry in walkdir::WalkDir::new(dir).sort_by_file_name() {
        let entry = entry.map_err(std::io::Error::from)?;
        if !entry.file_type().is_file() {
            continue;
        }
        let path = entry.path();
        let name = entry.file_name().to_string_lossy();
        let lower = name.to_ascii_lowercase();
        if lower == "source.html" {
            let golden = path.with_file_name("expected.json");
            cases.push(Case { source: path.to_path_buf(), golden });
        } else if lower.ends_with(".html") || lower.ends_with(".htm") {
            let golden = path.with_extension("json");
            cases.push(Case { source: path.to_path_buf(), golden });
        }
    }
    Ok(cases)
}

/// One step of a JSON path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// An object key.
    Key(String),
    /// An array index.
    Index(usize),
}

/// One step of an ignore pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
enum PatternStep {
    Key(String),
    Index(usize),
    /// `*` or `[*]` / `[]`: any key or index.
    Any,
}

/// A field to ignore: a JSON path such as `source.path`,
/// `sections[*].heading` or `metadata`; it ignores that field and
/// everything under it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldPattern(Vec<PatternStep>);

impl FieldPattern {
    /// Parses a pattern: keys joined by `.`, indices or `*` in
    /// brackets, `*` for any key.
    pub fn parse(text: &str) -> Result<FieldPattern, String> {
        let mut steps = Vec::new();
        for part in text.split('.') {
            let (key, mut rest) = match part.find('[') {
                Some(i) => (
                    part.get(..i).unwrap_or_default(),
                    part.get(i..).unwrap_or_default(),
                ),
                None => (part, ""),
            };
            match key {
                "" if rest.is_empty() => {
                    return Err(format!("empty field name in `{text}`"));
                }
                "" => {}
                "*" => steps.push(PatternStep::Any),
                k => steps.push(PatternStep::Key(k.to_string())),
            }
            while !rest.is_empty() {
                let close = rest
                    .find(']')
                    .ok_or_else(|| format!("unclosed `[` in `{text}`"))?;
                let inner = rest.get(1..close).unwrap_or_default();
                steps.push(match inner {
                    "" | "*" => PatternStep::Any,
                    n => PatternStep::Index(n.parse().map_err(|_| {
                        format!("bad index `{n}` in `{text}`")
                    })?),
                });
                rest = rest.get(close + 1..).unwrap_or_default();
            }
        }
        Ok(FieldPattern(steps))
    }

    /// Whether `path` is this field or under it.
    fn covers(&self, path: &[Step]) -> bool {
        self.0.len() <= path.len()
            && self.0.iter().zip(path).all(|(p, s)| match (p, s) {
                (PatternStep::Any, _) => true,
                (PatternStep::Key(a), Step::Key(b)) => a == b,
                (PatternStep::Index(a), Step::Index(b)) => a == b,
                _ => false,
            })
    }
}

/// A field whose value differs.
#[derive(Debug, Clone, PartialEq)]
pub struct Difference {
    /// Where, from the document root.
    pub path: Vec<Step>,
    /// The golden's value; `None` when the golden lacks the field.
    pub expected: Option<Value>,
    /// The new value; `None` when the new document lacks the field.
    pub got: Option<Value>,
}

/// A JSON path as text: `sections[2].paragraphs[0]`, `(document)` for
/// the root.
pub fn path_text(path: &[Step]) -> String {
    let mut out = String::new();
    for step in path {
        match step {
            Step::Key(k) => {
                if !out.is_empty() {
                    out.push('.');
                }
                out.push_str(k);
            }
            Step::Index(i) => out.push_str(&format!("[{i}]")),
        }
    }
    if out.is_empty() { "(document)".to_string() } else { out }
}

fn shown(v: Option<&Value>) -> String {
    match v {
        None => "(absent)".to_string(),
        Some(v) => {
            let s = v.to_string();
            if s.chars().count() > MAX_SHOWN_CHARS {
                let cut: String = s.chars().take(MAX_SHOWN_CHARS).collect();
                format!("{cut}…")
            } else {
                s
            }
        }
    }
}

impl fmt::Display for Difference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "  {}", path_text(&self.path))?;
        writeln!(f, "    expected: {}", shown(self.expected.as_ref()))?;
        write!(f, "    got:      {}", shown(self.got.as_ref()))
    }
}

/// The differing fields of two documents, in document order (object
/// keys in the golden's order, then keys only the new one has),
/// skipping ignored fields. Arrays compare element by element.
pub fn diff(
    expected: &Value,
    got: &Value,
    ignore: &[FieldPattern],
) -> Vec<Difference> {
    let mut out = Vec::new();
    let mut path = Vec::new();
    diff_at(Some(expected), Some(got), ignore, &mut path, &mut out);
    out
}

fn diff_at(
    expected: Option<&Value>,
    got: Option<&Value>,
    ignore: &[FieldPattern],
    path: &mut Vec<Step>,
    out: &mut Vec<Difference>,
) {
    if ignore.iter().any(|p| p.covers(path)) || expected == got {
        return;
    }
    match (expected, got) {
        (Some(Value::Object(e)), Some(Value::Object(g))) => {
            let keys =
                e.keys().chain(g.keys().filter(|k| !e.contains_key(*k)));
            for k in keys {
                path.push(Step::Key(k.clone()));
                diff_at(e.get(k), g.get(k), ignore, path, out);
                path.pop();
            }
        }
        (Some(Value::Array(e)), Some(Value::Array(g))) => {
            for i in 0..e.len().max(g.len()) {
                path.push(Step::Index(i));
                diff_at(e.get(i), g.get(i), ignore, path, out);
                path.pop();
            }
        }
        _ => out.push(Difference {
            path: path.clone(),
            expected: expected.cloned(),
            got: got.cloned(),
        }),
    }
}

/// What checking one case found.
#[derive(Debug, Clone, PartialEq)]
pub enum Verdict {
    /// The document equals the golden (ignored fields aside).
    Same,
    /// These fields differ.
    Differs(Vec<Difference>),
    /// The golden file does not exist.
    NoGolden,
    /// The golden file cannot be read or is not JSON.
    BadGolden(String),
}

/// The outcome of one case.
#[derive(Debug, Clone, PartialEq)]
pub struct Checked {
    /// The case.
    pub case: Case,
    /// The new golden text (pretty JSON and a newline), for blessing.
    pub rendered: String,
    /// The comparison.
    pub verdict: Verdict,
}

/// Parses a case's page (its `source.path` as found) and compares it
/// with its golden. A page that fails gives its error document, which
/// a golden may hold too.
pub fn check_case(
    case: Case,
    opts: &Options,
    ignore: &[FieldPattern],
) -> Checked {
    let shown = case.source.to_string_lossy().into_owned();
    let rendered =
        match crate::batch::read_page(Some(&case.source), opts.max_bytes)
            .and_then(|bytes| crate::try_parse(&bytes, opts))
        {
            Ok(mut article) => {
                article.source.path = Some(shown);
                crate::output::to_json(&article, true) + "\n"
            }
            Err(e) => {
                let line = crate::output::error_json(Some(&shown), None, &e);
                let pretty = serde_json::from_str::<Value>(&line)
                    .and_then(|v| serde_json::to_string_pretty(&v))
                    .unwrap_or(line);
                pretty + "\n"
            }
        };
    let verdict = match std::fs::read(&case.golden) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            Verdict::NoGolden
        }
        Err(e) => Verdict::BadGolden(e.to_string()),
        Ok(bytes) => match serde_json::from_slice::<Value>(&bytes) {
            Err(e) => Verdict::BadGolden(format!("not JSON: {e}")),
            Ok(expected) => {
                let got: Value =
                    serde_json::from_str(&rendered).unwrap_or(Value::Null);
                let d = diff(&expected, &got, ignore);
                if d.is_empty() { Verdict::Same } else { Verdict::Differs(d) }
            }
        },
    };
    Checked { case, rendered, verdict }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn pats(p: &[&str]) -> Vec<FieldPattern> {
        p.iter().map(|s| FieldPattern::parse(s).unwrap()).collect()
    }

    #[test]
    fn diff_reports_paths_in_order() {
        let e = json!({"headline":"A","sections":[{"paragraphs":["x","y"]}]});
        let g =
            json!({"headline":"B","sections":[{"paragraphs":["x"]}],"new":1});
        let d = diff(&e, &g, &[]);
        let paths: Vec<String> =
            d.iter().map(|d| path_text(&d.path)).collect();
        assert_eq!(paths, ["headline", "sections[0].paragraphs[1]", "new"]);
        assert_eq!(d[1].got, None);
        assert!(d[0].to_string().contains("expected: \"A\""));
    }

    #[test]
    fn diff_honours_ignore_patterns() {
        let e = json!({"source":{"path":"a"},"sections":[{"heading":"h","level":2}]});
        let g = json!({"source":{"path":"b"},"sections":[{"heading":"H","level":3}]});
        let d = diff(&e, &g, &pats(&["source.path", "sections[*].heading"]));
        assert_eq!(d.len(), 1);
        assert_eq!(path_text(&d[0].path), "sections[0].level");
        assert!(diff(&e, &g, &pats(&["source", "sections"])).is_empty());
    }

    #[test]
    fn field_pattern_parse_rejects_garbage() {
        assert!(FieldPattern::parse("a..b").is_err());
        assert!(FieldPattern::parse("a[1").is_err());
        assert!(FieldPattern::parse("a[x]").is_err());
        assert_eq!(
            FieldPattern::parse("quotes[2].speaker").unwrap(),
            FieldPattern(vec![
                PatternStep::Key("quotes".into()),
                PatternStep::Index(2),
                PatternStep::Key("speaker".into())
            ])
        );
    }

    #[test]
    fn find_cases_knows_both_layouts() {
        let dir = std::env::temp_dir()
            .join(format!("depeche-check-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(dir.join("slug")).unwrap();
        std::fs::write(dir.join("slug/source.html"), "x").unwrap();
        std::fs::write(dir.join("page.html"), "x").unwrap();
        std::fs::write(dir.join("page.json"), "{}").unwrap();
        let cases = find_cases(&dir).unwrap();
        let _ = std::fs::remove_dir_all(&dir);
        assert_eq!(cases.len(), 2);
        assert!(cases[0].golden.ends_with("page.json"));
        assert!(cases[1].golden.ends_with("slug/expected.json"));
    }
}
